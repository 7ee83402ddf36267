/// The question apply and destroy ask before acting, answered on standard input.
enum Confirmation {
    static func ask(destroy: Bool) -> Bool {
        if destroy {
            Terminal.write("\nDo you really want to destroy all resources?\n  iac will destroy all your managed infrastructure, as shown above.\n  There is no undo. Only 'yes' will be accepted to confirm.\n\n  Enter a value: ")
        } else {
            Terminal.write("\nDo you want to perform these actions?\n  iac will perform the actions described above.\n  Only 'yes' will be accepted to approve.\n\n  Enter a value: ")
        }
        let answer = readLine(strippingNewline: true) ?? ""
        Terminal.write("\n")
        return answer == "yes"
    }
}

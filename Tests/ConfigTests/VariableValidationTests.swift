import Config
import Foundation
import HCL
import Lang
import Testing

/// Root module variables' values and validation rules, as Terraform 1.15.5's plan and console
/// check them (the expected diagnostics are what `terraform plan -json` reported).
@Suite("Variable validation")
struct VariableValidationTests {
    private func directory(_ files: [String: String]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("iac-validation-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, content) in files {
            try content.write(toFile: (path as NSString).appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return path
    }

    /// The module in `path`, its variables' values from `commandLine`, `environment` and the
    /// directory's variables files, and the problems of each.
    private func collect(
        _ path: String, commandLine: [VariableValues.CommandLineItem] = [], environment: [String: String] = [:]
    ) -> (Module, CollectedVariables) {
        let files = ModuleFiles.load(directory: path, displayPrefix: "")
        let module = ModuleLoader.load(files, directory: ".").0
        let collected = VariableValues.collectInputs(
            module: module, directory: path, commandLine: commandLine, environment: environment, unsetAsUnknown: true)
        return (module, collected)
    }

    /// `summary @ file:line:column-line:column: detail` for each diagnostic.
    private func described(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { diagnostic in
            let place = diagnostic.subject.map {
                "\($0.filename):\($0.start.line):\($0.start.column)-\($0.end.line):\($0.end.column)"
            } ?? "-"
            return "\(diagnostic.summary) @ \(place): \(diagnostic.detail)"
        }
    }

    private func validate(_ module: Module, _ values: [String: InputValue], in path: String) -> [String] {
        described(VariableValidation.check(
            module: module, values: values, functions: BuiltinFunctions.table(baseDirectory: path), workingDirectory: path))
    }

    @Test("rules see every variable's value; a failure points at the value's file, or at the declaration")
    func rules() throws {
        let path = try directory([
            "main.tf": """
                variable "low" {
                  type = number
                  validation {
                    condition     = var.low < var.high
                    error_message = "low (${var.low}) must be below high (${var.high})."
                  }
                }
                variable "high" {
                  type    = number
                  default = 5
                }
                variable "nullcond" {
                  default = "x"
                  validation {
                    condition     = var.nullcond == "x" ? null : true
                    error_message = "null"
                  }
                }
                variable "msg" {
                  default = "x"
                  validation {
                    condition     = false && var.msg == "x"
                    error_message = "${var.msg + 1}"
                  }
                }
                variable "nn" {
                  type     = string
                  nullable = false
                  default  = "fallback"
                  validation {
                    condition     = var.nn == "fallback"
                    error_message = "nn is ${var.nn}."
                  }
                }
                variable "nullable" {
                  type    = string
                  default = "d"
                  validation {
                    condition     = var.nullable != null
                    error_message = "nullable is null."
                  }
                }
                variable "unset" {
                  type = string
                  validation {
                    condition     = var.unset == "never"
                    error_message = "Not checked: the console leaves an unset variable unknown."
                  }
                }

                """,
            "terraform.tfvars": "nn = null\nnullable = null\n",
        ])
        let (module, collected) = collect(path, commandLine: [.assignment("low=7")])
        #expect(collected.diagnostics.isEmpty && collected.unsuitable.isEmpty)
        #expect(Set(validate(module, collected.values, in: path)) == [
            "Invalid value for variable @ main.tf:1:1-1:15: low (7) must be below high (5).\n\nThis was checked by the validation rule at main.tf:3,3-13.",
            "Invalid variable validation result @ main.tf:15:21-15:54: Validation condition expression must return either true or false, not null.",
            "Invalid operand @ main.tf:23:24-23:31: Unsuitable value for left operand: a number is required.",
            "Invalid error message @ main.tf:23:21-23:37: Unsuitable value for error message: expression refers to values that won't be known until the apply phase.",
            "Invalid value for variable @ terraform.tfvars:2:12-2:16: nullable is null.\n\nThis was checked by the validation rule at main.tf:38,3-13.",
        ])
    }

    @Test("a bad reference in one rule stops every rule of the variable")
    func badReference() throws {
        let path = try directory(["main.tf": """
            variable "bad" {
              default = "x"
              validation {
                condition     = var.bad == "y"
                error_message = "never shown"
              }
              validation {
                condition     = var.bad == local.missing
                error_message = "bad ref"
              }
            }

            """])
        let (module, collected) = collect(path)
        #expect(validate(module, collected.values, in: path) == [
            "Reference to undeclared local value @ main.tf:8:32-8:45: A local value with the name \"missing\" has not been declared.",
        ])
    }

    @Test("a sensitive value's message is not shown")
    func sensitiveMessage() throws {
        let path = try directory(["main.tf": """
            variable "w" {
              sensitive = true
              default   = "secret"
              validation {
                condition     = var.w == "x"
                error_message = "bad ${var.w}"
              }
            }

            """])
        let (module, collected) = collect(path)
        #expect(validate(module, collected.values, in: path) == [
            "Error message refers to sensitive values @ main.tf:6:21-6:35: The error expression used to explain this condition refers to sensitive values. Terraform will not display the resulting message.\n\nYou can correct this by removing references to sensitive values, or by carefully using the nonsensitive() function if the expression will not reveal the sensitive data.",
            "Invalid value for variable @ main.tf:1:1-1:13: The error message included a sensitive value, so it will not be displayed.\n\nThis was checked by the validation rule at main.tf:4,3-13.",
        ])
    }

    @Test("a value that does not suit its variable says where it was set")
    func unsuitableValues() throws {
        let path = try directory([
            "main.tf": """
                variable "count_given" {
                  type = number
                }
                variable "secret" {
                  type      = number
                  sensitive = true
                }
                variable "names" {
                  type = list(string)
                }
                variable "required" {
                  type     = string
                  nullable = false
                }

                """,
            "terraform.tfvars": "secret = \"x\"\nrequired = null\n",
        ])
        let (_, collected) = collect(path, commandLine: [.assignment("count_given=abc")], environment: ["TF_VAR_names": "\"a\""])
        #expect(collected.diagnostics.isEmpty)
        #expect(Set(described(collected.unsuitable)) == [
            "Invalid value for input variable @ main.tf:4:1-4:18: The given value is not suitable for var.secret, which is sensitive: a number is required. Invalid value defined at terraform.tfvars:1,10-13.",
            "Required variable not set @ terraform.tfvars:2:12-2:16: The given value is not suitable for var.required defined at main.tf:11,1-20: required variable may not be set to null.",
            "Invalid value for input variable @ main.tf:1:1-1:23: Unsuitable value for var.count_given set using -var=\"count_given=...\": a number is required.",
            "Invalid value for input variable @ main.tf:8:1-8:17: Unsuitable value for var.names set using the TF_VAR_names environment variable: list of string required, but have string.",
        ])
    }

    @Test("a .tfvars.json value has a range, so a failed rule points at it")
    func jsonRange() throws {
        let path = try directory([
            "main.tf": """
                variable "port" {
                  type = number
                  validation {
                    condition     = var.port > 1024
                    error_message = "Too low."
                  }
                }

                """,
            "terraform.tfvars.json": "{\"port\": 80}",
        ])
        let (module, collected) = collect(path)
        #expect(validate(module, collected.values, in: path) == [
            "Invalid value for variable @ terraform.tfvars.json:1:10-1:12: Too low.\n\nThis was checked by the validation rule at main.tf:3,3-13.",
        ])
    }
}

/// Terraform's JSON state (`terraform.tfstate`, format version 4), for moving a state between
/// Terraform and iac in either direction.
public enum TerraformStateJSON {
    /// The snapshot as Terraform writes a state file, byte for byte: fields in Terraform's order,
    /// two-space indent, resources sorted by module, mode, type and name, and instances by key
    /// then deposed key. Pending creates have no place in the format and are left out.
    public static func encode(_ snapshot: StateSnapshot, terraformVersion: String) -> String {
        GoJSONLayout.indent(TerraformStateEncoding.document(snapshot, terraformVersion: terraformVersion)) + "\n"
    }

    /// Reads a state file Terraform 0.12 or later wrote; `path` names it in errors. Check
    /// results are not kept: the next run computes them again.
    public static func decode(_ text: String, path: String = "terraform.tfstate") throws(StateError) -> StateSnapshot {
        do throws(TerraformStateDecoding.Failure) {
            return try TerraformStateDecoding.snapshot(from: text)
        } catch {
            throw .unreadable(path: path, reason: error.message)
        }
    }
}

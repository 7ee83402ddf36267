resource "terraform_data" "a" {
  input = "a"
}
resource "terraform_data" "b" {
  input = "b"
}
resource "terraform_data" "c" {
  input = "c"
  lifecycle {
    replace_triggered_by = [terraform_data.b]
  }
}

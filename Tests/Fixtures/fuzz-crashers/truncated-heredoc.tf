resource "terraform_data" "a" {
  input = <<-EOT
    first line ${var.x}
    %{ if true }second

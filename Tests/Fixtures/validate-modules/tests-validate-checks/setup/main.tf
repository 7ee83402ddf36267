variable "prefix" {
  type = string
}

resource "terraform_data" "seed" {
  input = var.prefix
}

output "missing" {
  value = local.undeclared
}

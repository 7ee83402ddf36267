variable "prefix" {
  type    = string
  default = "test"
}

resource "terraform_data" "seed" {
  input = var.prefix
}

output "prefix" {
  value = var.prefix
}

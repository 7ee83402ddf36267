resource "terraform_data" "x" {
  input = "b"
}

locals {
  l = 1
}

locals {
  l = 2
}

output "o" {
  value = 2
}

variable "v" {
  default = [1, 2
}

variable "parent_cidr" {
  type = string
}

variable "index" {
  type = number
}

locals {
  cidr = cidrsubnet(var.parent_cidr, 8, var.index)
}

resource "terraform_data" "subnet" {
  input = local.cidr
}

output "id" {
  value = terraform_data.subnet.id
}

variable "name" {
  type = string
}

variable "cidr" {
  type = string

  validation {
    condition     = can(cidrhost(var.cidr, 0))
    error_message = "The CIDR block must be valid."
  }
}

module "subnet" {
  for_each = { a = 1, b = 2 }
  source   = "./subnet"

  parent_cidr = var.cidr
  index       = each.value
}

resource "terraform_data" "network" {
  input = {
    name = var.name
    cidr = var.cidr
  }
}

output "id" {
  value = terraform_data.network.id
}

output "subnet_ids" {
  value = [for key, subnet in module.subnet : subnet.id]
}

variable "name" {
  type = string
}

variable "instances" {
  type    = number
  default = 1
}

variable "tags" {
  type    = map(string)
  default = {}
}

resource "terraform_data" "web" {
  count = var.instances
  input = merge(var.tags, { name = var.name })
}

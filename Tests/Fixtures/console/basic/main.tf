variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "ports" {
  type    = list(number)
  default = [80, 443]
}

variable "password" {
  type      = string
  default   = "hunter2"
  sensitive = true
}

locals {
  name     = "web-${var.region}"
  listener = { for p in var.ports : tostring(p) => p == 443 }
  greeting = <<-EOT
    Hello,
    ${local.name}
  EOT
}

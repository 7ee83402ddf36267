variable "engine" {
  type = string
}

variable "size" {}

variable "password" {
  type      = string
  sensitive = true
}

variable "backup_window" {
  type    = string
  default = null
}

variable "zone" {
  type     = string
  nullable = false
}

module "replica" {
  source = "../replica"

  engine = var.engine
}

output "endpoint" {
  value = "${var.engine}.${var.zone}"
}

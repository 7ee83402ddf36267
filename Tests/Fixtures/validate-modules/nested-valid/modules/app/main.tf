variable "name" {
  type = string
}

variable "network_id" {
  type = string
}

variable "subnets" {
  type    = list(string)
  default = []
}

variable "replicas" {
  type     = number
  default  = 1
  nullable = false
}

resource "terraform_data" "app" {
  count = var.replicas
  input = "${var.name}-${count.index} in ${var.network_id}"
}

output "name" {
  value = var.name
}

output "endpoint" {
  value = "https://${var.name}.example.com"
}

output "password" {
  value     = sha256(var.name)
  sensitive = true
}

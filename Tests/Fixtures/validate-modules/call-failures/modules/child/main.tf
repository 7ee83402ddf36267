variable "label" {
  type = string
}

output "label" {
  value = var.label
}

output "broken" {
  value = local.nothing
}

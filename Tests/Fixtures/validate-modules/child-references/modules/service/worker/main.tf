variable "queue" {
  type = string
}

output "queue" {
  value = var.queue
}

output "retries" {
  value = local.retries
}

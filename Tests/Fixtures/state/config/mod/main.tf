variable "value" {
  type = string
}

resource "terraform_data" "inner" {
  input = var.value
  lifecycle {
    create_before_destroy = true
  }
}

output "id" {
  value = terraform_data.inner.id
}

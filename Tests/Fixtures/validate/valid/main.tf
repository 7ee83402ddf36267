variable "name" {
  type    = string
  default = "demo"
}

locals {
  greeting = "hello, ${var.name}"
  numbers  = [for i in range(3) : i * 2]
}

resource "terraform_data" "example" {
  input = {
    greeting = local.greeting
    numbers  = local.numbers
  }
}

output "greeting" {
  value = terraform_data.example.output.greeting
}

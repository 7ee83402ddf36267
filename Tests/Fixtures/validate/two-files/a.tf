resource "terraform_data" "x" {
  input = "a"
}

output "o" {
  value = 1
}

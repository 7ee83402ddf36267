output "name" {
  value = "subnet"
}

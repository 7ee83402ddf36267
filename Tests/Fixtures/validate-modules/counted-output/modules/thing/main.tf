output "id" {
  value = "thing"
}

variable "name" {
  default = "world"
}
variable "secret" {
  default   = "hush"
  sensitive = true
}
variable "nums" {
  type    = list(number)
  default = [1, 2]
}
variable "unset" {
  default = null
}
resource "terraform_data" "v" {
  input = var.name
}

variable "name" {
  type = string
}

resource "terraform_data" "broken" {
  input = 
}

resource "a" "b" {
  x = 
}
variable "v" {}
variable "v" {}
foo "x" {}
resource "only" {}
action "a" "b" {}

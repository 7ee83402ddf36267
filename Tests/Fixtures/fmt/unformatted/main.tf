resource "local_file" "greeting" {
filename="hello.txt"
  content = "${var.greeting}"
}

variable "greeting" {
  type = "string"
}

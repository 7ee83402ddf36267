variable "engine" {
  type = string
}

variable "primary" {
  type = string
}

variable "port" {
  type = number

  validation {
    condition     = var.port >= 1024
    error_message = "The port must be 1024 or above."
  }
}

variable "name" {
  type    = string
  default = "db"

  validation {
    condition     = length(var.name) > 2
    error_message = "The name \"${var.name}\" is too short."
  }
}

variable "region" {
  type = string

  validation {
    condition     = startswith(var.region, "eu-")
    error_message = "Only European regions are allowed."
  }
}

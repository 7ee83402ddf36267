variable "project" {
  description = "Short project name, used as a prefix for everything this example creates."
  type        = string
  default     = "quickstart"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,30}$", var.project))
    error_message = "The project name must start with a letter and use only lowercase letters, digits and dashes."
  }
}

variable "environment" {
  description = "Deployment environment."
  type        = string
  default     = "dev"
}

variable "services" {
  description = "Services to describe, with the port each listens on."
  type = map(object({
    port     = number
    replicas = optional(number, 1)
  }))
  default = {
    api = {
      port     = 8080
      replicas = 2
    }
    web = {
      port = 3000
    }
  }
}

variable "output_dir" {
  description = "Directory the generated files are written to."
  type        = string
  default     = "out"
}

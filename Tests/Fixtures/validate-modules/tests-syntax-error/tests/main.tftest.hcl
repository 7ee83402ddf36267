run "unclosed" {
  assert {
    condition     = output.unchecked == "x"
    error_message = "x"
  }

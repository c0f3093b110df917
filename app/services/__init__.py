"""Use cases. Each public function is one operation a person performs, in one transaction."""

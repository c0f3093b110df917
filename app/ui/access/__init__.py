"""The member's access at the counter: online-banking credentials and the authenticator."""

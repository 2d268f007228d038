"""Test helpers: loopback HTTP servers, fixtures."""

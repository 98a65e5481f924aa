"""The packet: evidence converted to PDF, pages placed and stamped, index and cover sheets, fonts, assembly."""

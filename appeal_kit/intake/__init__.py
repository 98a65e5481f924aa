"""Reading a denial notice: its text (PDF, OCR, DOCX, TXT), the facts in it, billing codes and the appeal deadline."""

"""Adapters to Qt services that are not widgets (QtPdf, ...), for core and commands.

``companion.core`` never imports Qt and ``companion.commands`` never imports the UI:
what both need from Qt (reading a PDF's text) lives here, and core receives it as a
plain function (for example ``Library.reindex(pdf_text)``). Each adapter imports Qt
lazily, so importing this package costs nothing on the start path.
"""

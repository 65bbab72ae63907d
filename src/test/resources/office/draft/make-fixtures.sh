#!/bin/sh
# Makes the Word drafts of this folder from their flat OpenDocument sources (plain XML, edit those) with LibreOffice.
# Run from this folder: sh make-fixtures.sh   (LibreOffice 7.4 was used)
set -e
profile="file:///tmp/lo-esg-draft-fixtures-$$"
soffice -env:UserInstallation="$profile" --headless --convert-to docx:"MS Word 2007 XML" green-operations.fodt
rm -rf "/tmp/lo-esg-draft-fixtures-$$"

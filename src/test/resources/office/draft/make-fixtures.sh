#!/bin/sh
# Makes the Word drafts of this folder from their flat OpenDocument source (plain XML: edit that one) with
# LibreOffice, each conversion with a profile of its own. Run from this folder: sh make-fixtures.sh
# (LibreOffice 7.4 was used.)
set -e
profile="/tmp/lo-esg-draft-fixtures-$$"
convert() {
    soffice -env:UserInstallation="file://$profile" --headless --convert-to "$1" green-operations.fodt
}
convert 'docx:MS Word 2007 XML'   # the acceptance draft
convert 'doc:MS Word 97'          # the same as an old binary .doc (refused: save as .docx)
convert odt                       # the same as OpenDocument text (refused: save as .docx)
rm -rf "$profile"

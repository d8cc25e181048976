#pragma once

#include <QString>

namespace pinedesk {

// Text from outside (a webhook's fields, a CSV line) made safe to print on a terminal: control
// characters, which could move the cursor or rewrite the screen (ANSI escapes), are shown as
// U+FFFD instead; tabs and new lines become spaces so a row stays one row.
class TerminalText
{
public:
    static QString safe(const QString &text)
    {
        QString out = text;
        for (QChar &c : out) {
            if (c == u'\t' || c == u'\n' || c == u'\r')
                c = u' ';
            else if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
                c = QChar::ReplacementCharacter;
        }
        return out;
    }
};

} // namespace pinedesk

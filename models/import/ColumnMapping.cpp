#include "ColumnMapping.h"

namespace pinedesk {

QString ColumnMapping::value(ImportField field, const QStringList &fields) const
{
    const int c = column(field);
    return c >= 0 && c < fields.size() ? fields[c].trimmed() : QString();
}

int ColumnMapping::lastColumn() const
{
    int last = -1;
    for (int c : m_columns)
        last = std::max(last, c);
    return last;
}

} // namespace pinedesk

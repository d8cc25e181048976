#pragma once

#include <QString>
#include <QStringView>

#include <cstddef>
#include <optional>

namespace pinedesk {

// Stable spellings of enum values as stored in the database and used on the command line.
// Display names are translated elsewhere; these never are.
template<typename E>
struct EnumText
{
    E value;
    const char16_t *text;
};

template<typename E, std::size_t N>
QString enumToText(const EnumText<E> (&table)[N], E value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return QString::fromUtf16(entry.text);
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> enumFromText(const EnumText<E> (&table)[N], QStringView text)
{
    for (const auto &entry : table) {
        if (text.compare(QStringView(entry.text), Qt::CaseInsensitive) == 0)
            return entry.value;
    }
    return std::nullopt;
}

} // namespace pinedesk

#pragma once

#include <QMap>
#include <QString>

namespace pinedesk {

// What a client receives, in the client's language (English or Spanish), with placeholders:
// {name}, {username}, {products}, {expiry}, {days}, {renewal_link}, {vendor}. The defaults
// below are used until the vendor edits them.
struct EmailTemplate
{
    enum class Kind { Reminder, Granted, Ended, Welcome, Test };

    Kind kind = Kind::Reminder;
    QString language = QStringLiteral("en");
    QString subject;
    QString body;

    // The placeholders filled in; an unknown one is left as written.
    QString renderSubject(const QMap<QString, QString> &values) const;
    QString renderBody(const QMap<QString, QString> &values) const;

    static EmailTemplate defaultFor(Kind kind, const QString &language);
    static QString toText(Kind kind);
    static const QStringList &placeholders();
};

} // namespace pinedesk

#pragma once

#include "ColumnMapping.h"
#include "domain/Client.h"
#include "domain/Expected.h"
#include "domain/Payment.h"

#include <QCoreApplication>

#include <optional>

namespace pinedesk {

// One line of an export read into what it will become: the client fields it gives (cleaned
// and validated) and, when it carries money, a payment. Pure: no database.
struct ImportRow
{
    Q_DECLARE_TR_FUNCTIONS(ImportRow)

public:
    Client client;          // username, e-mail, name, notes, tags, createdAt, status
    bool hasStatus = false; // the line gave a status (else a new client is active)
    bool hasName = false;
    std::optional<Payment> payment; // clientId unset; source and reference set
    bool paymentRefused = false;    // the export says no money moved (failed, declined...)

    struct Options
    {
        ColumnMapping mapping;
        QString source;            // payments' source: the layout id
        bool payments = true;      // read payment columns at all
        bool unguardCells = false; // undo the CSV formula guard (PineDesk's own export)
        int headerSize = 0;        // fields in the header, 0 when there is none
    };

    // Reads `fields`, or says in one sentence why the line cannot be imported.
    static Expected<ImportRow> read(const QStringList &fields, const Options &options);
};

} // namespace pinedesk

#pragma once

#include "Segment.h"
#include "domain/Expected.h"
#include "store/StoreContext.h"

#include <QCoreApplication>
#include <QList>

namespace pinedesk {

// Saved CRM segments. Saving under an existing name (any case) replaces that segment's filter.
class SegmentStore
{
    Q_DECLARE_TR_FUNCTIONS(SegmentStore)

public:
    explicit SegmentStore(StoreContext context)
        : m_ctx(std::move(context))
    {}

    Expected<qint64> save(const QString &name, const ClientFilter &filter);
    Status remove(qint64 id);
    [[nodiscard]] Expected<QList<Segment>> list();
    QList<Segment> all(); // a failed read reads as "none": display only

private:
    StoreContext m_ctx;
};

} // namespace pinedesk

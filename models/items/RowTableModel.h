#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace pinedesk {

// The shared base of the flat table models whose rows are read whole (on a worker) and handed
// over with setRows(): row access by position and by id, the counts, and horizontal headers
// from columnTitle(). A derived model adds its columns, data() and the titles. `RowT` has an
// `id` member.
template<typename RowT>
class RowTableModel : public QAbstractTableModel
{
public:
    using Row = RowT;

    void setRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    const QList<Row> &rows() const { return m_rows; }
    const Row *rowAt(int row) const
    {
        return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
    }
    // The row holding this id, or -1.
    int rowOf(qint64 id) const
    {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows[i].id == id)
                return i;
        }
        return -1;
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_columns;
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
            section >= m_columns)
            return {};
        return columnTitle(section);
    }

protected:
    RowTableModel(int columns, QObject *parent)
        : QAbstractTableModel(parent)
        , m_columns(columns)
    {}
    virtual QString columnTitle(int column) const = 0;
    // The row behind a valid index of this model (callers check the index first).
    const Row &rowOfIndex(const QModelIndex &index) const { return m_rows[index.row()]; }

private:
    QList<Row> m_rows;
    int m_columns;
};

} // namespace pinedesk

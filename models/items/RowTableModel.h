#pragma once

#include <QAbstractTableModel>
#include <QList>

#include <algorithm>
#include <concepts>

namespace pinedesk {

// A row type that carries its database id, so a table of them can be searched by id.
template<typename RowT>
concept RowWithId = std::convertible_to<decltype(RowT::id), qint64>;

// The shared base of the flat table models whose rows are read whole (on a worker, or computed)
// and handed over with setRows(): row access by position (and by id when the rows have one),
// the counts, and horizontal headers from columnTitle(). A derived model adds its columns,
// data() and the titles.
template<typename RowT>
class RowTableModel : public QAbstractTableModel
{
public:
    using Row = RowT;

    // Replaces every row. A model reset, unless the model updates in place (see
    // setUpdatesInPlace) and the same rows came back.
    void setRows(QList<Row> rows)
    {
        if constexpr (RowWithId<Row>) {
            if (m_updatesInPlace && sameIds(rows)) {
                // Only the figures moved: views keep their selection, scroll position and sort.
                m_rows = std::move(rows);
                rowsReplaced();
                if (!m_rows.isEmpty())
                    Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, m_columns - 1));
                return;
            }
        }
        beginResetModel();
        m_rows = std::move(rows);
        rowsReplaced();
        endResetModel();
    }
    const QList<Row> &rows() const { return m_rows; }
    const Row *rowAt(int row) const
    {
        return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
    }
    // The row holding this id, or -1.
    int rowOf(qint64 id) const requires RowWithId<Row>
    {
        return findRow([id](const Row &row) { return row.id == id; });
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
        if (orientation != Qt::Horizontal || section < 0 || section >= m_columns)
            return {};
        if (role == Qt::DisplayRole)
            return columnTitle(section);
        if (role == Qt::ToolTipRole) {
            const QString tip = columnToolTip(section);
            return tip.isEmpty() ? QVariant() : QVariant(tip);
        }
        return {};
    }

protected:
    RowTableModel(int columns, QObject *parent)
        : QAbstractTableModel(parent)
        , m_columns(columns)
    {}
    virtual QString columnTitle(int column) const = 0;
    // What a column's header explains when hovered; empty for none.
    virtual QString columnToolTip(int /*column*/) const { return {}; }
    // Called when setRows() has stored new rows, before views read them: the place for figures
    // derived from all the rows (data() may depend on them, and a proxy sorts right away).
    virtual void rowsReplaced() {}

    // For models reloaded while the vendor works in them: a setRows() that brings the same ids in
    // the same order updates the rows in place (dataChanged) instead of resetting the model.
    void setUpdatesInPlace(bool inPlace) requires RowWithId<Row> { m_updatesInPlace = inPlace; }

    // The row behind a valid index of this model (callers check the index first).
    const Row &rowOfIndex(const QModelIndex &index) const { return m_rows[index.row()]; }
    // The first row `matches` accepts, or -1.
    template<typename Predicate>
    int findRow(Predicate matches) const
    {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (matches(m_rows[i]))
                return i;
        }
        return -1;
    }
    // Changes one row in place and tells the views which of its columns changed (all by
    // default); false when the row does not exist.
    template<typename Change>
    bool updateRow(int row, Change change, int firstColumn = 0, int lastColumn = -1)
    {
        if (row < 0 || row >= m_rows.size())
            return false;
        change(m_rows[row]);
        Q_EMIT dataChanged(index(row, firstColumn),
                           index(row, lastColumn < 0 ? m_columns - 1 : lastColumn));
        return true;
    }

private:
    bool sameIds(const QList<Row> &rows) const requires RowWithId<Row>
    {
        return rows.size() == m_rows.size() &&
               std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                          [](const Row &a, const Row &b) { return a.id == b.id; });
    }

    QList<Row> m_rows;
    int m_columns;
    bool m_updatesInPlace = false;
};

} // namespace pinedesk

#pragma once

#include <QStyledItemDelegate>

namespace pinedesk {

// Draws a cell as a progress bar in the style of the platform, from an integer 0..100 the model
// gives under `percentRole`; the cell's display text is shown on the bar.
class ProgressBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ProgressBarDelegate(int percentRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    int m_percentRole;
};

} // namespace pinedesk

#include "ImportSource.h"

#include "csv/CsvReader.h"

#include <QDir>
#include <QFile>

namespace pinedesk {

Expected<ImportSource> ImportSource::open(const QString &path, int previewLines)
{
    using R = Expected<ImportSource>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return R::failure(
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    ImportSource source;
    source.path = path;
    source.size = file.size();
    const QByteArray sample = file.read(CsvFormat::sampleSize);
    if (sample.trimmed().isEmpty())
        return R::failure(tr("%1 is empty.").arg(QDir::toNativeSeparators(path)));
    if (sample.contains('\0')) {
        return R::failure(tr("%1 is not a CSV file (it holds binary data). Export the data as "
                             "CSV and try again.")
                              .arg(QDir::toNativeSeparators(path)));
    }
    source.format = CsvFormat::detect(sample, file.atEnd());
    file.seek(0);
    CsvReader reader(file, source.format);
    if (const auto header = reader.next())
        source.header = header->fields;
    while (source.firstLines.size() < previewLines) {
        const auto record = reader.next();
        if (!record)
            break;
        source.firstLines.append(*record);
    }
    source.layout = ImportLayout::recognise(source.header);
    source.mapping = source.layout.mappingFor(source.header);
    return source;
}

ClientImporter::Options ImportSource::options() const
{
    ClientImporter::Options options;
    options.format = format;
    options.layout = layout;
    options.mapping = mapping;
    options.importPayments = mapping.mapsPayments();
    return options;
}

} // namespace pinedesk

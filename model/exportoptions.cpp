#include "exportoptions.h"

#include "error.h"

using namespace Qt::StringLiterals;

namespace Plenipo {

void ExportOptions::step(qint64 done, qint64 total) const
{
    if (progress && !progress(done, total))
        throw Error(Error::Kind::Cancelled, u"the export was cancelled"_s);
}

} // namespace Plenipo

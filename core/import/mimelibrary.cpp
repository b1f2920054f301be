// SPDX-License-Identifier: GPL-3.0-or-later
#include "mimelibrary.h"

#include <gmime/gmime.h>

#include <mutex>

namespace Recoupe {

void MimeLibrary::ensureInitialized()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

void MimeLibrary::Unref::operator()(void *object) const
{
    if (object)
        g_object_unref(object);
}

namespace {
QByteArray bytesOf(GMimeStream *stream)
{
    GByteArray *array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream));
    return array ? QByteArray(reinterpret_cast<const char *>(array->data), qsizetype(array->len))
                 : QByteArray();
}
} // namespace

QByteArray MimeLibrary::decodedContent(GMimeDataWrapper *content)
{
    if (!content)
        return {};
    Ptr<GMimeStream> stream(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(content, stream.get());
    return bytesOf(stream.get());
}

QByteArray MimeLibrary::serialized(GMimeObject *object)
{
    Ptr<GMimeStream> stream(g_mime_stream_mem_new());
    g_mime_object_write_to_stream(object, nullptr, stream.get());
    return bytesOf(stream.get());
}

} // namespace Recoupe

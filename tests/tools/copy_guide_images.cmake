# Refreshes the guide's screenshots: every PNG already in the guide's images folder is replaced by
# the one of the same name the screenshots tool has just taken. Called by `--target guide_images`.
file(GLOB guide_images RELATIVE ${GUIDE_IMAGES} ${GUIDE_IMAGES}/*.png)
foreach(image IN LISTS guide_images)
    if(NOT EXISTS ${SHOTS}/${image})
        message(FATAL_ERROR "The screenshots tool no longer takes ${image}, which the guide shows.")
    endif()
    file(COPY_FILE ${SHOTS}/${image} ${GUIDE_IMAGES}/${image})
endforeach()
list(LENGTH guide_images count)
message(STATUS "${count} guide screenshots refreshed in ${GUIDE_IMAGES}")

// The referent's new-request form: duplicate suggestions, "use my position", photo checks before sending.
// The form works without this script; it only makes it quicker on a phone.
(function () {
    'use strict';
    var form = document.getElementById('new-request');
    if (!form) {
        return;
    }

    var site = document.getElementById('SiteId');
    var category = document.getElementById('Category');
    var asset = document.getElementById('Asset');
    var similar = document.getElementById('similar-requests');

    function refreshSimilar() {
        if (!site || !category || !similar) {
            return;
        }

        if (!site.value || !category.value) {
            similar.innerHTML = '';
            return;
        }

        var query = new URLSearchParams({ siteId: site.value, category: category.value });
        var assetId = asset && asset.value ? asset.value.split(':')[1] : '';
        if (assetId) {
            query.set('assetId', assetId);
        }

        fetch(form.dataset.similarUrl + '?' + query.toString(), { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
            .then(function (response) { return response.ok ? response.text() : ''; })
            .then(function (html) { similar.innerHTML = html; })
            .catch(function () { /* suggestions are a help, not a need */ });
    }

    [site, category, asset].forEach(function (field) {
        if (field) {
            field.addEventListener('change', refreshSimilar);
        }
    });

    // "Use my position": fills the hidden latitude and longitude.
    var locateBlock = document.getElementById('locate-block');
    var locate = document.getElementById('locate');
    var status = document.getElementById('locate-status');
    if (locateBlock && locate && 'geolocation' in navigator) {
        locateBlock.classList.remove('d-none');
        locate.addEventListener('click', function () {
            status.textContent = form.dataset.locating;
            navigator.geolocation.getCurrentPosition(function (position) {
                if (window.cmmsPlacePoint) {
                    window.cmmsPlacePoint(position.coords.latitude, position.coords.longitude);
                } else {
                    document.getElementById('Latitude').value = position.coords.latitude.toFixed(6);
                    document.getElementById('Longitude').value = position.coords.longitude.toFixed(6);
                }
                status.textContent = form.dataset.located;
            }, function () {
                status.textContent = form.dataset.notLocated;
            }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
        });
    }

    // The map: a tap drops the point (kept in the hidden latitude and longitude); it opens on the
    // chosen site and follows the site list. Without script or tiles, the form works without it.
    var mapBlock = document.getElementById('request-map-block');
    var mapBox = document.getElementById('request-map');
    var siteList = document.getElementById('SiteId');
    if (mapBlock && mapBox && window.L) {
        mapBlock.classList.remove('d-none');
        var latField = document.getElementById('Latitude');
        var lonField = document.getElementById('Longitude');
        var siteCentre = function () {
            var option = siteList && siteList.selectedOptions[0];
            return option && option.dataset.lat ? [parseFloat(option.dataset.lat), parseFloat(option.dataset.lon)] : null;
        };
        var given = latField.value && lonField.value ? [parseFloat(latField.value.replace(',', '.')), parseFloat(lonField.value.replace(',', '.'))] : null;
        var map = L.map(mapBox).setView(given || siteCentre() || [46.6, 2.4], given || siteCentre() ? 17 : 5);
        L.tileLayer(mapBox.dataset.tiles, { maxZoom: 19, attribution: mapBox.dataset.attribution }).addTo(map);
        var marker = null;
        window.cmmsPlacePoint = function (lat, lon) {
            if (!marker) {
                marker = L.marker([lat, lon]).addTo(map);
            } else {
                marker.setLatLng([lat, lon]);
            }
            latField.value = lat.toFixed(6);
            lonField.value = lon.toFixed(6);
        };
        if (given) {
            window.cmmsPlacePoint(given[0], given[1]);
        }
        map.on('click', function (e) { window.cmmsPlacePoint(e.latlng.lat, e.latlng.lng); });
        if (siteList) {
            siteList.addEventListener('change', function () {
                var centre = siteCentre();
                if (centre) {
                    map.setView(centre, 17);
                }
            });
        }
    }

    // Too many or too large photos are said before a long upload, not after it.
    var photos = document.getElementById('Photos');
    var photosError = document.getElementById('Photos-error');
    function checkPhotos() {
        var max = parseInt(form.dataset.maxPhotos, 10);
        var maxBytes = parseInt(form.dataset.maxBytes, 10);
        var message = '';
        if (photos.files.length > max) {
            message = form.dataset.tooMany;
        } else {
            for (var i = 0; i < photos.files.length; i++) {
                if (photos.files[i].size > maxBytes) {
                    message = photos.files[i].name + ' : ' + form.dataset.tooLarge;
                }
            }
        }

        photos.setCustomValidity(message);
        photos.classList.toggle('is-invalid', message !== '');
        photosError.textContent = message;
        return message === '';
    }

    if (photos && photosError) {
        photos.addEventListener('change', checkPhotos);
        form.addEventListener('submit', function (event) {
            if (!checkPhotos()) {
                event.preventDefault();
            }
        });
    }
})();

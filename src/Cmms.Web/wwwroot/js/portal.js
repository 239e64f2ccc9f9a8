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
    var assets = document.getElementById('asset-field');
    var similar = document.getElementById('similar-requests');

    function chosenAsset() {
        var checked = form.querySelector('input[name="Asset"]:checked');
        return checked ? checked.value : '';
    }

    function refreshSimilar() {
        if (!site || !category || !similar) {
            return;
        }

        if (!site.value || !category.value) {
            similar.innerHTML = '';
            return;
        }

        var query = new URLSearchParams({ siteId: site.value, category: category.value });
        var assetId = chosenAsset() ? chosenAsset().split(':')[1] : '';
        if (assetId) {
            query.set('assetId', assetId);
        }

        fetch(form.dataset.similarUrl + '?' + query.toString(), { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
            .then(function (response) { return response.ok ? response.text() : ''; })
            .then(function (html) { similar.innerHTML = html; })
            .catch(function () { /* suggestions are a help, not a need */ });
    }

    [site, category, assets].forEach(function (field) {
        if (field) {
            field.addEventListener('change', refreshSimilar);
        }
    });

    // The equipment search: typed words find equipment of the chosen site, offered as more choices.
    var search = document.getElementById('AssetSearch');
    var results = document.getElementById('asset-results');
    var searchStatus = document.getElementById('asset-search-status');
    if (assets && search && results) {
        document.getElementById('asset-search-block').classList.remove('d-none');
        var pending = null;
        var running = null;
        var find = function () {
            if (running) {
                running.abort();
            }
            // A piece of equipment found earlier and chosen stays; the other results give way to the new ones.
            Array.prototype.slice.call(results.children).forEach(function (item) {
                if (!item.querySelector('input:checked')) {
                    results.removeChild(item);
                }
            });
            if (!site.value) {
                searchStatus.textContent = assets.dataset.noSite;
                return;
            }
            if (!search.value.trim()) {
                searchStatus.textContent = '';
                return;
            }
            running = new AbortController();
            var query = new URLSearchParams({ site: site.value, q: search.value.trim() });
            fetch(assets.dataset.searchUrl + '?' + query.toString(), { credentials: 'same-origin', headers: { 'Accept': 'application/json' }, signal: running.signal })
                .then(function (response) { return response.ok ? response.json() : []; })
                .then(function (found) {
                    found.forEach(function (a) {
                        if (form.querySelector('input[name="Asset"][value="' + CSS.escape(a.value) + '"]')) {
                            return;
                        }
                        var item = document.createElement('div');
                        item.className = 'form-check';
                        var input = document.createElement('input');
                        input.className = 'form-check-input';
                        input.type = 'radio';
                        input.name = 'Asset';
                        input.id = 'Asset-' + a.value.replace(/[^A-Za-z0-9]/g, '-');
                        input.value = a.value;
                        input.dataset.site = a.siteId || '';
                        var label = document.createElement('label');
                        label.className = 'form-check-label';
                        label.htmlFor = input.id;
                        label.textContent = a.label + ' (' + a.kind + ')';
                        item.append(input, label);
                        results.appendChild(item);
                    });
                    searchStatus.textContent = found.length ? assets.dataset.found.replace('{0}', found.length) : assets.dataset.nothing;
                })
                .catch(function () { /* a new search replaced this one */ });
        };
        search.addEventListener('input', function () {
            clearTimeout(pending);
            pending = setTimeout(find, 300);
        });
        search.addEventListener('keydown', function (event) {
            // Enter searches instead of sending the whole form.
            if (event.key === 'Enter') {
                event.preventDefault();
                clearTimeout(pending);
                find();
            }
        });
        site.addEventListener('change', function () {
            // Equipment of another site cannot stay chosen.
            var checked = form.querySelector('input[name="Asset"]:checked');
            if (checked && checked.dataset.site && checked.dataset.site !== site.value) {
                document.getElementById('Asset-none').checked = true;
            }
            find();
        });
    }

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

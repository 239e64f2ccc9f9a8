// The map of assets (/map): one layer per checkbox, loaded for the visible window only, points clustered
// where dense, and the card of the asset clicked. The assets are drawn whether or not the background tiles
// load: they come from the app, the tiles from the town's tile server.
(function () {
    'use strict';
    var root = document.getElementById('map-page');
    if (!root || !window.L) {
        return;
    }

    var text = root.dataset;
    var notice = document.getElementById('map-notice');
    var list = document.getElementById('map-list');
    var card = document.getElementById('map-card');
    var colours = ['#1f4e79', '#2e7d32', '#b45309', '#7b1fa2', '#c62828', '#00838f', '#5d4037', '#455a64'];

    function format(template) {
        var args = Array.prototype.slice.call(arguments, 1);
        return template.replace(/\{(\d+)\}/g, function (_, i) { return args[i]; });
    }

    var map = L.map('map', { zoomControl: true });
    var tiles = L.tileLayer(text.tiles, { maxZoom: 19, attribution: text.attribution });
    var tilesFailed = false;
    tiles.on('tileerror', function () {
        // Said once: the layers below stay on the map, only the background is missing.
        if (!tilesFailed) {
            tilesFailed = true;
            root.dataset.tilesFailed = 'true';
            showNotices();
        }
    });
    tiles.addTo(map);

    if (text.bounds) {
        var b = text.bounds.split(',').map(parseFloat);
        if (b[0] === b[2] && b[1] === b[3]) {
            map.setView([b[1], b[0]], 16);
        } else {
            map.fitBounds([[b[1], b[0]], [b[3], b[2]]], { padding: [20, 20], maxZoom: 16 });
        }
    } else {
        map.setView([46.6, 2.4], 6);
    }

    // One entry per checkbox: its Leaflet group, the request under way, what the last answer held.
    var layers = {};
    Array.prototype.forEach.call(root.querySelectorAll('input[data-url]'), function (box, i) {
        var colour = colours[i % colours.length];
        var points = box.dataset.kind === 'Point';
        var group = points && L.markerClusterGroup
            ? L.markerClusterGroup({ chunkedLoading: true, showCoverageOnHover: false, disableClusteringAtZoom: 19, maxClusterRadius: 50 })
            : L.featureGroup();
        layers[box.value] = {
            box: box, group: group, colour: colour, points: points, request: null, features: [], truncated: false, failed: false,
            count: root.querySelector('[data-count-for="' + box.value + '"]')
        };
        box.addEventListener('change', function () {
            var layer = layers[box.value];
            if (box.checked) {
                layer.group.addTo(map);
                load(layer);
            } else {
                if (layer.request) {
                    layer.request.abort();
                }
                map.removeLayer(layer.group);
                layer.features = [];
                layer.truncated = false;
                layer.count.textContent = '';
                showNotices();
                showList();
            }
        });
        if (box.checked) {
            group.addTo(map);
        }
    });

    function windowBox() {
        var bounds = map.getBounds();
        var clamp = function (v, limit) { return Math.max(-limit, Math.min(limit, v)); };
        return [clamp(bounds.getWest(), 180), clamp(bounds.getSouth(), 90), clamp(bounds.getEast(), 180), clamp(bounds.getNorth(), 90)]
            .map(function (v) { return v.toFixed(6); }).join(',');
    }

    // Only the latest window matters: a request still running for an older one is cancelled.
    function load(layer) {
        if (layer.request) {
            layer.request.abort();
        }
        var request = new AbortController();
        layer.request = request;
        var url = layer.box.dataset.url + '?bbox=' + windowBox() + '&zoom=' + map.getZoom();
        fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/geo+json' }, signal: request.signal })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error(response.status);
                }
                return response.json();
            })
            .then(function (collection) {
                if (layer.request !== request) {
                    return;
                }
                layer.request = null;
                layer.failed = false;
                draw(layer, collection);
            })
            .catch(function (error) {
                if (error.name !== 'AbortError' && layer.request === request) {
                    layer.request = null;
                    layer.failed = true;
                    showNotices();
                }
            });
    }

    function draw(layer, collection) {
        layer.group.clearLayers();
        layer.features = collection.features;
        layer.truncated = collection.truncated;
        var drawn = L.geoJSON(collection, {
            pointToLayer: function (feature, latlng) {
                return L.circleMarker(latlng, { radius: 7, color: '#fff', weight: 1.5, fillColor: layer.colour, fillOpacity: 0.9 });
            },
            style: function () {
                return { color: layer.colour, weight: 3, fillOpacity: 0.2 };
            },
            onEachFeature: function (feature, shape) {
                // As text, never as HTML: a label is whatever someone typed or imported.
                shape.bindTooltip(function () {
                    var tip = document.createElement('span');
                    tip.textContent = feature.properties.label;
                    return tip;
                });
                shape.on('click', function () { openCard(layer.box.value, feature.id); });
            }
        });
        if (layer.points && layer.group.addLayers) {
            layer.group.addLayers(drawn.getLayers());
        } else {
            drawn.eachLayer(function (shape) { layer.group.addLayer(shape); });
        }
        layer.count.textContent = format(text.textCount, layer.features.length);
        showNotices();
        showList();
    }

    function showNotices() {
        var messages = [];
        Object.keys(layers).forEach(function (id) {
            var layer = layers[id];
            if (layer.box.checked && layer.truncated) {
                messages.push(format(text.textTruncated, layer.box.dataset.title, layer.features.length));
            }
            if (layer.box.checked && layer.failed) {
                messages.push(format(text.textFailed, layer.box.dataset.title));
            }
        });
        if (tilesFailed) {
            messages.push(text.textTiles);
        }
        notice.textContent = messages.join(' ');
    }

    // The same assets as a list of buttons, for the keyboard and screen readers (and small screens).
    var listed = 200;
    function showList() {
        // A layer that finishes loading rebuilds the list: the keyboard user keeps the button they were on.
        var focused = list.contains(document.activeElement) ? document.activeElement.dataset.key : null;
        list.textContent = '';
        var shown = 0;
        var total = 0;
        Object.keys(layers).forEach(function (id) {
            var layer = layers[id];
            if (!layer.box.checked) {
                return;
            }
            layer.features.forEach(function (feature) {
                total++;
                if (shown >= listed) {
                    return;
                }
                shown++;
                var item = document.createElement('li');
                var button = document.createElement('button');
                button.type = 'button';
                button.className = 'btn btn-link btn-sm p-0 text-start';
                button.textContent = feature.properties.label + ' (' + layer.box.dataset.title + ')';
                button.dataset.key = id + '/' + feature.id;
                button.addEventListener('click', function () { openCard(id, feature.id); });
                item.appendChild(button);
                list.appendChild(item);
                if (button.dataset.key === focused) {
                    button.focus();
                }
            });
        });
        if (total === 0) {
            var none = document.createElement('li');
            none.textContent = text.textNone;
            list.appendChild(none);
        } else if (total > shown) {
            var more = document.createElement('li');
            more.textContent = format(text.textMore, total - shown);
            list.appendChild(more);
        }
    }

    function link(href, label, className) {
        var a = document.createElement('a');
        a.href = href;
        a.className = className;
        a.textContent = label;
        return a;
    }

    function openCard(layerId, id, centre) {
        return fetch('/map/layers/' + encodeURIComponent(layerId) + '/' + encodeURIComponent(id), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (asset) {
                if (!asset) {
                    return;
                }
                if (centre) {
                    map.setView([asset.latitude, asset.longitude], Math.max(map.getZoom(), 18));
                }
                card.textContent = '';
                var body = document.createElement('div');
                body.className = 'card-body';
                var close = document.createElement('button');
                close.type = 'button';
                close.className = 'btn-close float-end';
                close.setAttribute('aria-label', text.textClose);
                close.addEventListener('click', function () { card.hidden = true; });
                var title = document.createElement('h2');
                title.className = 'h6 card-title mb-1';
                title.id = 'map-card-title';
                title.textContent = asset.label;
                var kind = document.createElement('p');
                kind.className = 'small text-body-secondary mb-2';
                kind.textContent = asset.kind;
                body.append(close, title, kind);
                if (asset.properties.length) {
                    var dl = document.createElement('dl');
                    dl.className = 'row small mb-2';
                    asset.properties.forEach(function (p) {
                        var dt = document.createElement('dt');
                        dt.className = 'col-6 fw-normal text-body-secondary';
                        dt.textContent = p.label;
                        var dd = document.createElement('dd');
                        dd.className = 'col-6 mb-1';
                        dd.textContent = p.value;
                        dl.append(dt, dd);
                    });
                    body.appendChild(dl);
                }
                var actions = document.createElement('div');
                actions.className = 'd-flex flex-wrap gap-2';
                if (asset.newRequestUrl) {
                    actions.appendChild(link(asset.newRequestUrl, text.textRequest, 'btn btn-primary btn-sm'));
                }
                if (asset.workOrdersUrl) {
                    actions.appendChild(link(asset.workOrdersUrl, text.textOrders, 'btn btn-outline-secondary btn-sm'));
                }
                actions.appendChild(link(asset.pageUrl, text.textPage, 'btn btn-link btn-sm'));
                body.appendChild(actions);
                card.setAttribute('aria-labelledby', 'map-card-title');
                card.appendChild(body);
                card.hidden = false;
                card.focus({ preventScroll: true });
            });
    }

    // Moving the map reloads the checked layers once it has settled, not at every step of a drag.
    var pending = null;
    function reload() {
        Object.keys(layers).forEach(function (id) {
            if (layers[id].box.checked) {
                load(layers[id]);
            }
        });
    }
    map.on('moveend', function () {
        clearTimeout(pending);
        pending = setTimeout(reload, 250);
    });

    // The layer panel folds away on a phone, to leave the screen to the map.
    var toggle = document.getElementById('map-panel-toggle');
    var panel = document.getElementById('map-panel');
    if (toggle && panel) {
        toggle.addEventListener('click', function () {
            var open = panel.classList.toggle('open');
            toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
        });
    }

    // ?focus=layer:id opens the map on that asset, its layer shown, its card open.
    if (text.focusLayer && text.focusId && layers[text.focusLayer]) {
        var focused = layers[text.focusLayer];
        if (!focused.box.checked) {
            focused.box.checked = true;
            focused.group.addTo(map);
        }
        openCard(text.focusLayer, text.focusId, true).then(reload);
    } else {
        reload();
    }
})();
